package koppel.external;

import java.util.Map;
import koppel.common.FieldErrors;
import koppel.common.InvalidFieldsException;

/** A configuration (of a ticketing provider, an authorization, a source) with broken fields: each field's problem, for a UI to say in its own words. */
public class InvalidConfigurationException extends InvalidFieldsException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, ConfigField.Problem> problems;

    public InvalidConfigurationException(Map<String, ConfigField.Problem> problems) {
        super(errors(problems));
        this.problems = Map.copyOf(problems);
    }

    /** The problem of each broken field, by field name. */
    public Map<String, ConfigField.Problem> getProblems() {
        return problems;
    }

    private static FieldErrors errors(Map<String, ConfigField.Problem> problems) {
        FieldErrors errors = new FieldErrors();
        problems.forEach((field, problem) -> errors.add(field, problem.message()));
        return errors;
    }
}
