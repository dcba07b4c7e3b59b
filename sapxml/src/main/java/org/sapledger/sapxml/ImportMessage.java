package org.sapledger.sapxml;

/**
 * A warning or error found while reading a SAP XML file.
 *
 * @param element path of the element, e.g. {@code SAP-Building-Part[1]/SAP-Walls/SAP-Wall[sap_wall_1]/U-Value}
 * @param message what is wrong or ignored
 * @param line line in the file, or -1 when unknown
 * @param column column in the file, or -1 when unknown
 */
public record ImportMessage(String element, String message, int line, int column) {

    public static ImportMessage at(String element, String message) {
        return new ImportMessage(element, message, -1, -1);
    }

    @Override
    public String toString() {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return element + where + ": " + message;
    }
}
