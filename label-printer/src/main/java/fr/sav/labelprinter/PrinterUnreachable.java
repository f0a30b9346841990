package fr.sav.labelprinter;

/** The printer did not take the whole job in time; the labels must not be reported as printed. */
public final class PrinterUnreachable extends RuntimeException {

    private final String host;
    private final int port;

    PrinterUnreachable(String host, int port, String reason, Throwable cause) {
        super("printer " + host + ":" + port + " " + reason, cause);
        this.host = host;
        this.port = port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }
}
