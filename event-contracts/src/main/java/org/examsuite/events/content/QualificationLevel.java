package org.examsuite.events.content;

public enum QualificationLevel {
    O_LEVEL,
    AS_LEVEL,
    A_LEVEL
}
