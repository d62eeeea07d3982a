package org.examsuite.content.domain;

/** DRAFT: never published. PUBLISHED: students practise its latest version. RETRACTED: withdrawn from practice. */
public enum TopicStatus {
    DRAFT,
    PUBLISHED,
    RETRACTED
}
