package org.cxm.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.cxm.cli.Command;
import org.cxm.cli.UsageException;
import org.cxm.model.CxModel;
import org.cxm.model.query.ElementPath;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.cxm.model.validation.ModelValidation;
import org.cxm.model.validation.ValidationRule;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxm validate <model file>...}: checks each model with the CXM rules and prints every problem
 * with its severity and the path of the element; exits with {@link Command#FAILED} when a file cannot
 * be read or has errors.
 */
@Component(service = Command.class)
public class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check models and print every problem with its element path";
    }

    @Override
    public String usage() {
        return "<model file>...";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
        if (arguments.isEmpty()) {
            throw new UsageException("name at least one model file.");
        }
        int exitCode = OK;
        for (String argument : arguments) {
            if (argument.startsWith("-")) {
                throw new UsageException("unknown option '" + argument + "'.");
            }
            if (!validate(Path.of(argument), out, err)) {
                exitCode = FAILED;
            }
        }
        return exitCode;
    }

    private static boolean validate(Path file, PrintStream out, PrintStream err) {
        CxModel model;
        try {
            model = CxmFiles.load(file);
        } catch (ModelLoadException e) {
            err.println("error: " + e.getMessage());
            return false;
        }
        int errors = 0;
        int warnings = 0;
        for (Diagnostic problem : ModelValidation.problems(ModelValidation.validate(model))) {
            boolean error = problem.getSeverity() >= Diagnostic.ERROR;
            errors += error ? 1 : 0;
            warnings += error ? 0 : 1;
            out.printf("%-7s %s%n", severityOf(problem), pathOf(problem));
            out.printf("%-7s %s%s%n", "", problem.getMessage(), ruleOf(problem));
        }
        out.printf("%s: %d %s, %d %s%n", file, errors, errors == 1 ? "error" : "errors", warnings,
                warnings == 1 ? "warning" : "warnings");
        return errors == 0;
    }

    private static String severityOf(Diagnostic problem) {
        return switch (problem.getSeverity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> "ERROR";
            case Diagnostic.WARNING -> "WARNING";
            default -> "INFO";
        };
    }

    private static String pathOf(Diagnostic problem) {
        List<?> data = problem.getData();
        return !data.isEmpty() && data.get(0) instanceof EObject element ? ElementPath.of(element) : "(model)";
    }

    private static String ruleOf(Diagnostic problem) {
        ValidationRule rule = ValidationRule.forCode(problem.getCode());
        return rule == null ? "" : " [" + rule.name() + "]";
    }
}
