package fr.sav.inventory.imports;

import fr.sav.inventory.support.ApiTest;
import fr.sav.inventory.support.TestDatabase;
import fr.sav.inventory.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads above the configured size are refused with 413 and change nothing. */
class UploadLimitTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("micronaut.server.multipart.max-file-size", "64KB");
        properties.put("micronaut.server.max-request-size", "64KB");
        return properties;
    }

    @Test
    void aFileAboveTheLimitIsATooLargeProblem() throws IOException {
        String supplier = given.supplier();
        byte[] big = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\nsupplierRef,sku,price\n"
                + "X,Y,1\n".repeat(20_000) + "\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);

        String answer = post("/api/imports/supplier-catalog?supplier=" + supplier, big);

        assertTrue(answer.contains("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("/problems/request-entity-too-large"), answer);
        assertEquals(0, admin.get("/api/suppliers/" + supplier + "/offers").integer("total"));
    }

    /** A plain HTTP/1.1 exchange: a client that sends the whole body before reading could not see the early answer. */
    private String post(String path, byte[] body) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(15_000);
            String credentials = Base64.getEncoder().encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + body.length
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
    }
}
