package org.nafitha.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application {@code org.nafitha.cli}: runs one command and exits with its code. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return Cli.standard().run(args == null ? new String[0] : args);
    }

    @Override
    public void stop() {
        // a command runs to completion; there is nothing to interrupt
    }
}
