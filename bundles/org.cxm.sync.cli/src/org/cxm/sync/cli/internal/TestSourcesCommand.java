package org.cxm.sync.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.cxm.cli.Command;
import org.cxm.cli.UsageException;
import org.cxm.model.CxModel;
import org.cxm.sync.SourceCheck;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.spi.Connector;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * {@code cxm test-sources --model <file>}: connects to every data source of a model and checks each record
 * source's table and mapped columns against the live database, without syncing anything. Exits with 1
 * when any check fails, so an integrator can run it before the first sync or in a deployment script.
 */
@Component(service = Command.class)
public class TestSourcesCommand implements Command {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE)
    private List<Connector> connectors;

    @Override
    public String name() {
        return "test-sources";
    }

    @Override
    public String summary() {
        return "test the connections and mappings of a model's CRM and ERP sources, without syncing";
    }

    @Override
    public String usage() {
        return "--model <file>";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
        if (arguments.size() != 2 || !arguments.get(0).equals("--model")) {
            throw new UsageException("name the model with --model <file>.");
        }
        List<CxModel> models = SyncCommand.loadValid(List.of(arguments.get(1)), err);
        if (models == null) {
            return FAILED;
        }
        if (models.get(0).getDataSources().isEmpty()) {
            err.println("error: " + arguments.get(1) + " has no data sources to test.");
            return FAILED;
        }
        List<SourceCheck> checks = new SyncEngine(connectors, System::getenv).test(models.get(0));
        for (SourceCheck check : checks) {
            (check.passed() ? out : err).println(check);
        }
        long failed = checks.stream().filter(check -> !check.passed()).count();
        out.println(failed == 0 ? "All " + checks.size() + " checks passed." : failed + " of " + checks.size()
                + " checks failed.");
        return failed == 0 ? OK : FAILED;
    }
}
