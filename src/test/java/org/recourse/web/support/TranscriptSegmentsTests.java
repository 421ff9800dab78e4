package org.recourse.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recourse.coding.IncidentId;
import org.recourse.coding.Passage;
import org.recourse.coding.PassageId;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.TestimonyId;

class TranscriptSegmentsTests {

    private static final IncidentId A = new IncidentId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final IncidentId B = new IncidentId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));

    @Test
    void segmentsRejoinToTheExactTextAndMarkOnlyCodedRuns() {
        String text = "보위부에서 조사를 받았다. Then I was sent back.";
        List<TranscriptSegments.Segment> segments = TranscriptSegments.of(text, List.of(passage(A, 0, 5), passage(B, 3, 12)));
        assertThat(String.join("", segments.stream().map(TranscriptSegments.Segment::text).toList())).isEqualTo(text);
        assertThat(segments.get(0).text()).isEqualTo("보위부");
        assertThat(segments.get(0).incidents()).isEqualTo(A.toString());
        assertThat(segments.get(1).text()).isEqualTo("에서");
        assertThat(segments.get(1).incidents()).contains(A.toString(), B.toString());
        assertThat(segments.get(segments.size() - 1).marked()).isFalse();
    }

    @Test
    void aTextWithoutPassagesIsOneUnmarkedSegment() {
        assertThat(TranscriptSegments.of("plain", List.of())).containsExactly(new TranscriptSegments.Segment("plain", ""));
    }

    private static Passage passage(IncidentId incident, int start, int end) {
        return new Passage(PassageId.random(), incident, Optional.empty(), TestimonyId.random(), SourceId.random(), "body",
                start, end, "");
    }
}
