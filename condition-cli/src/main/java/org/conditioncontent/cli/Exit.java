package org.conditioncontent.cli;

/** The exit codes of the command (a contract: scripts and CI pipelines test them). */
final class Exit {

    /** Nothing at or above the --fail-on severity; the command did its job. */
    static final int OK = 0;

    /** Content problems at or above the --fail-on severity (errors, for render and export). */
    static final int PROBLEMS = 1;

    /** The command could not do its job: a bad option, a missing path, unwritable output. */
    static final int FAILED = 2;

    private Exit() {}
}
