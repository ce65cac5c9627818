package dev.parley.timeline.benchmark;

/**
 * One line of the report: what Parley achieved next to what the same machine achieved without
 * Parley in the same run. The ratio is always "Parley's share of the baseline": for rates
 * Parley / baseline, for latencies baseline / Parley, so higher is better either way.
 *
 * @param baseline null when the figure is absolute (start-up time, memory) or is itself a baseline
 * @param target the target in words, or null
 * @param met whether the target was reached in this run, or null without a target
 */
record Figure(String name, double value, String unit, String baselineName, Double baseline, Double ratio, String target,
        Boolean met) {

    static Figure absolute(String name, double value, String unit) {
        return new Figure(name, value, unit, null, null, null, null, null);
    }

    static Figure absolute(String name, double value, String unit, Target target) {
        return new Figure(name, value, unit, null, null, null, target.text(), target.isMetBy(value, null));
    }

    static Figure latency(String name, double parleyMillis, String baselineName, double baselineMillis, Target target) {
        double ratio = baselineMillis / parleyMillis;
        return new Figure(name, parleyMillis, "ms", baselineName, baselineMillis, ratio, text(target), met(target, parleyMillis, ratio));
    }

    static Figure rate(String name, double parley, String unit, String baselineName, double baseline, Target target) {
        double ratio = parley / baseline;
        return new Figure(name, parley, unit, baselineName, baseline, ratio, text(target), met(target, parley, ratio));
    }

    /** Latencies compare as baseline ÷ Parley, rates as Parley ÷ baseline. */
    boolean isLatency() {
        return unit.equals("ms");
    }

    private static String text(Target target) {
        return target == null ? null : target.text();
    }

    private static Boolean met(Target target, double value, Double ratio) {
        return target == null ? null : target.isMetBy(value, ratio);
    }

    /** A target of issue 7: a least ratio to the baseline, or a bound on the value itself. */
    record Target(String text, Double leastRatio, Double leastValue, Double mostValue) {

        static Target shareOfBaseline(double leastRatio, String baselineWords) {
            return new Target(String.format(java.util.Locale.ROOT, "at least %.0f%% of %s", leastRatio * 100, baselineWords),
                    leastRatio, null, null);
        }

        static Target atLeast(double value, String text) {
            return new Target(text, null, value, null);
        }

        static Target under(double value, String text) {
            return new Target(text, null, null, value);
        }

        boolean isMetBy(double value, Double ratio) {
            return (leastRatio == null || ratio != null && ratio >= leastRatio)
                    && (leastValue == null || value >= leastValue)
                    && (mostValue == null || value < mostValue);
        }
    }
}
