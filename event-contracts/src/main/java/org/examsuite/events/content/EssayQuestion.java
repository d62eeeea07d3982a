package org.examsuite.events.content;

import java.util.List;
import java.util.UUID;

public record EssayQuestion(UUID id, String prompt, CommandWord commandWord, int marks, int suggestedMinutes,
        String guidance, Rubric rubric, List<IndicativeFactor> indicativeContent) {
}
