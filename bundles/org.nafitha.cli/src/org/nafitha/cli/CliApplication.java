package org.nafitha.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application {@code org.nafitha.cli}: runs one command and exits with its code. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        // SLF4J (the SQLite driver of GeoPackage files) cannot find its no-op provider through OSGi and would warn
        // about it on every export; it logs nothing either way
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return Cli.standard().run(args == null ? new String[0] : args);
    }

    @Override
    public void stop() {
        // a command runs to completion; there is nothing to interrupt
    }
}
