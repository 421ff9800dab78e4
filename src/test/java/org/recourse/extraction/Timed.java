package org.recourse.extraction;

/** A coding result and the wall-clock seconds it took, for the bounded-time tests. */
record Timed(CodingResult result, double seconds) {

    static Timed code(TestimonyCoder coder, String text) {
        long t0 = System.nanoTime();
        CodingResult r = coder.code(text);
        return new Timed(r, (System.nanoTime() - t0) / 1e9);
    }
}
