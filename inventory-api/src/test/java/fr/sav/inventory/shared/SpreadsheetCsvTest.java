package fr.sav.inventory.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetCsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        String csv = SpreadsheetCsv.of(false, "cell")
                .row("=1+1").row("+33 6 12").row("-2+3").row("@SUM(A1)").row("\tTAB").row("\r=1").row("A=B").row("")
                .text();

        assertEquals("cell\r\n'=1+1\r\n'+33 6 12\r\n'-2+3\r\n'@SUM(A1)\r\n'\tTAB\r\n\"'\r=1\"\r\nA=B\r\n\"\"\r\n", csv);
    }

    @Test
    void numbersTheServiceWritesStayNumbersNegativeOrNot() {
        String plain = SpreadsheetCsv.of(false, "n", "amount", "day", "none")
                .row(-3, new BigDecimal("-12.50"), LocalDate.of(2026, 12, 15), null).text();
        String excel = SpreadsheetCsv.of(true, "n", "amount").row(-3L, new BigDecimal("-12.50")).text();

        assertEquals("n,amount,day,none\r\n-3,-12.50,2026-12-15,\r\n", plain);
        assertEquals("\uFEFFn;amount\r\n-3;-12,50\r\n", excel);
    }
}
