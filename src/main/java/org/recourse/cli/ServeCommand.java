package org.recourse.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code serve}: the web application on the data folder. */
final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String usage() {
        return "serve [--data DIR] [--port N] [--demo]   run the server (--demo loads the fictional demo data set)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data", "port");
    }

    @Override
    public Set<String> flags() {
        return Set.of("demo");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        Map<String, Object> props = new HashMap<>();
        int port = args.intOption("port", 8080, 0);
        if (port > 65_535) {
            throw new UsageException("--port must be at most 65535, not " + port);
        }
        args.refuseArguments();
        props.put("server.port", port);
        if (args.flag("demo")) {
            props.put("recourse.demo.load", "true");
        }
        DataContext.open(args, true, props);
        return Cli.KEEP_RUNNING;
    }
}
