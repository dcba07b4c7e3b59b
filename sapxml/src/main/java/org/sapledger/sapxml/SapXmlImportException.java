package org.sapledger.sapxml;

import java.util.List;
import java.util.stream.Collectors;

/** The file is not well-formed XML, or it holds values that are impossible; every error names its element. */
public final class SapXmlImportException extends RuntimeException {

    private final transient List<ImportMessage> errors;

    public SapXmlImportException(List<ImportMessage> errors) {
        super(errors.stream().map(ImportMessage::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ImportMessage> errors() {
        return errors;
    }
}
