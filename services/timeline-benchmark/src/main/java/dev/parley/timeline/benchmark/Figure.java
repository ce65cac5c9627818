package dev.parley.timeline.benchmark;

/**
 * One line of the report: what Parley achieved next to what the same machine achieved without
 * Parley in the same run. The ratio is always "Parley's share of the baseline": for rates
 * Parley / baseline, for latencies baseline / Parley, so higher is better either way.
 *
 * @param baseline null when the figure is absolute (start-up time, memory)
 * @param target the target for the ratio or the value, in words, or null
 */
record Figure(String name, double value, String unit, String baselineName, Double baseline, Double ratio, String target) {

    static Figure absolute(String name, double value, String unit, String target) {
        return new Figure(name, value, unit, null, null, null, target);
    }

    static Figure latency(String name, double parleyMillis, String baselineName, double baselineMillis, String target) {
        return new Figure(name, parleyMillis, "ms", baselineName, baselineMillis, baselineMillis / parleyMillis, target);
    }
}
