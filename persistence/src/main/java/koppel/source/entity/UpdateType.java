package koppel.source.entity;

/** The kinds of change an integration may take ("types de mise à jour"). */
public enum UpdateType {
    CREATED,
    UPDATED,
    DELETED
}
