package org.sapledger.calc.graph;

/** Read access to the values of lines already evaluated. */
public interface Values {

    /** The value of a scalar line. */
    double s(Line line);

    /** The twelve values of a monthly line (do not modify the array). */
    double[] m(Line line);

    /** Whether a line applies to this dwelling (a line that does not apply has no value). */
    boolean present(Line line);
}
