package org.cxm.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cxm.cli.Command;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The Equinox application behind the {@code cxm} script: runs one command with the commands that the
 * installed bundles register as {@link Command} services, and exits with its code.
 */
public class CxmApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        BundleContext bundleContext = FrameworkUtil.getBundle(CxmApplication.class).getBundleContext();
        List<ServiceReference<Command>> references = commandReferences(bundleContext);
        try {
            List<Command> commands = new ArrayList<>();
            for (ServiceReference<Command> reference : references) {
                commands.add(bundleContext.getService(reference));
            }
            CommandLine commandLine = new CommandLine(commands, System.out, System.err);
            int exitCode = commandLine.run(Arrays.asList(arguments == null ? new String[0] : arguments));
            System.out.flush();
            return exitCode;
        } finally {
            references.forEach(bundleContext::ungetService);
        }
    }

    @Override
    public void stop() {
        // Commands run to completion; there is nothing to interrupt.
    }

    private static List<ServiceReference<Command>> commandReferences(BundleContext bundleContext) {
        try {
            return new ArrayList<>(bundleContext.getServiceReferences(Command.class, null));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
