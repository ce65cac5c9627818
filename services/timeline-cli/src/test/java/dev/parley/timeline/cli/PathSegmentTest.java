package dev.parley.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Track ids become exactly one path segment, however odd they are. */
class PathSegmentTest {

    @Test
    void leavesSlugsAlone() {
        assertThat(PathSegment.encode("sharm-el-sheikh-talks")).isEqualTo("sharm-el-sheikh-talks");
    }

    @Test
    void encodesWhatCouldAddressAnotherResource() {
        assertThat(PathSegment.encode("a/b")).isEqualTo("a%2Fb");
        assertThat(PathSegment.encode("..")).isEqualTo("%2E%2E");
        assertThat(PathSegment.encode("x?y#z")).isEqualTo("x%3Fy%23z");
        assertThat(PathSegment.encode("é ")).isEqualTo("%C3%A9%20");
    }
}
