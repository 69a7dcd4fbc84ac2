package koppel.source.entity;

/** Which way a mapped field's values go. */
public enum Direction {
    /** From the third party into Koppel. */
    TO_KOPPEL,
    /** From Koppel to the third party. */
    TO_SOURCE,
    /** Both ways: the most recent change wins, Koppel's on a tie. */
    BOTH;

    public boolean toKoppel() {
        return this != TO_SOURCE;
    }

    public boolean toSource() {
        return this != TO_KOPPEL;
    }
}
