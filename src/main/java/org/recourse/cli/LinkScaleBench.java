package org.recourse.cli;

import java.io.PrintStream;

/** Placeholder. */
final class LinkScaleBench {
    int run(Args args, PrintStream out) {
        return 0;
    }
}
