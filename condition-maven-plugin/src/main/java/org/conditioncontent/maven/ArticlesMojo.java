package org.conditioncontent.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.report.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * The configuration both goals share: which article files to read and how the rules are
 * configured. House rules are those the service loader finds with the plugin's class loader,
 * which holds the plugin's {@code <dependencies>}.
 */
public abstract class ArticlesMojo extends AbstractMojo {

    /** The folder searched for articles when {@code <folders>} is not set. */
    static final String DEFAULT_FOLDER = "src/main/conditions";

    /**
     * The folders searched for articles (default: {@code src/main/conditions}, and a module without
     * it is skipped). A folder named here must exist. The search passes over the project's build
     * folder, the export's {@code <outputDirectory>} and the reports' {@code <reportsDirectory>}.
     */
    // No defaultValue: one cannot be told from a value the user sets, and only the default may be missing.
    @Parameter
    private List<File> folders = new ArrayList<>();

    /**
     * Glob patterns of the files to read, relative to a folder, among its {@code .json},
     * {@code .yaml} and {@code .yml} files, the only ones read (default: all of them). A pattern
     * for another extension, such as {@code **}{@code /*.md}, is an error.
     */
    @Parameter
    private List<String> includes = new ArrayList<>();

    /** Glob patterns of the files to leave out. */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /**
     * The rules configuration, which must exist (default: {@code conditions.yaml}, else
     * {@code conditions.yml}, in the project's folder or the nearest folder above it up to the
     * reactor's root that has one; without one, the rules' default settings).
     */
    // No defaultValue: null is "not named", so that naming conditions.yaml is a choice like any other.
    @Parameter(property = "conditions.config")
    private @Nullable File configFile;

    /**
     * Where {@code conditions:export} writes: one folder in it for each format. The export replaces
     * the folders of the formats it writes and leaves anything else there as it is. The folder
     * search of both goals passes over it, so that articles kept at the project's root are not
     * read again from the export.
     */
    @Parameter(property = "conditions.outputDirectory", defaultValue = "${project.build.directory}/conditions-export")
    private File outputDirectory;

    /**
     * Where {@code conditions:validate} writes its reports; passed over by the folder search of
     * both goals, as the export's folder is.
     */
    @Parameter(defaultValue = "${project.build.directory}/conditions")
    private File reportsDirectory;

    /** The project's build folder, passed over by the folder search. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    /**
     * The reactor's root, up to which the rules configuration is looked for; Maven's launcher sets
     * it (the folder {@code mvn} runs in, or the nearest above with a {@code .mvn} folder).
     */
    @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}", readonly = true)
    private @Nullable File multiModuleProjectDirectory;

    /** The rules configuration found, once per execution; see {@link #configFile()}. */
    private @Nullable File configuration;

    /** The plugin's version. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** Skips the goal. */
    @Parameter(property = "conditions.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Reads symbolic links that lead out of the folders, as the command's {@code --follow-links}
     * does (default: each one is an error, and none is read).
     */
    @Parameter(property = "conditions.followLinks", defaultValue = "false")
    private boolean followLinks;

    /** The project's folder, where the rules configuration is looked for by default. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    /** Creates the goal; Maven calls the subclasses' constructors. */
    protected ArticlesMojo() {}

    /**
     * The project's folder.
     *
     * @return the folder of the {@code pom.xml}
     */
    protected final File basedir() {
        return basedir;
    }

    /**
     * The article files the configuration selects, with the command's link policy: a link that
     * leads out of the folders or nowhere is refused, and loading reports it instead of reading it.
     *
     * When {@code <folders>} is not set and the module has no {@code src/main/conditions} (a
     * parent pom, a module of Java code), the goal logs so and there is nothing to do. Otherwise
     * the rules configuration is checked first: one named on purpose that does not exist, or a
     * link that leads nowhere, is an error, as {@code --config} is for the command, where the
     * default {@code conditions.yaml} may be absent.
     *
     * @return the files, sorted, the refused ones marked; {@code null} when the module has no
     *     articles folder and none was named
     * @throws MojoExecutionException if the configuration named does not exist, a folder named
     *     does not exist or cannot be read, or no article file is found
     */
    protected final @Nullable ArticleFiles articleFiles() throws MojoExecutionException {
        List<File> searched = folders;
        if (folders.isEmpty()) {
            File byDefault = new File(basedir, DEFAULT_FOLDER);
            if (!byDefault.isDirectory()) {
                getLog().info("conditions: no articles in " + byDefault + ", skipped");
                return null;
            }
            searched = List.of(byDefault);
        }
        File config = configFile();
        ArticleSet.requireConfiguration(config, configFile != null);
        getLog().info(config.exists() ? "conditions: rules configured by " + config
                : "conditions: no " + ArticleFiles.CONFIGURATION + " or " + ArticleFiles.CONFIGURATION_YML
                        + " in the project's folder or above it; the rules' default settings");
        return ArticleSet.find(searched, includes, excludes, config, followLinks,
                List.of(buildDirectory, outputDirectory, reportsDirectory));
    }

    /**
     * The loader, with the rules configured.
     *
     * @return the loader
     * @throws MojoExecutionException if the rules configuration cannot be used or a house rule
     *     cannot be loaded
     */
    protected final ConditionLoader loader() throws MojoExecutionException {
        return ArticleSet.loader(configFile());
    }

    /**
     * The rules configuration file: {@code <configFile>}, by default {@code conditions.yaml}, else
     * {@code conditions.yml}, in the project's folder or the nearest folder above it, up to the
     * reactor's root, that has one.
     *
     * @return the file, which may not exist
     * @throws MojoExecutionException if the default is taken and a folder has both names
     */
    protected final File configFile() throws MojoExecutionException {
        if (configuration == null) {
            configuration = ArticleSet.configuration(configFile, basedir, multiModuleProjectDirectory);
        }
        return configuration;
    }

    /**
     * Where {@code conditions:export} writes.
     *
     * @return the folder, as configured
     */
    protected final File outputDirectory() {
        return outputDirectory;
    }

    /**
     * Where {@code conditions:validate} writes its reports.
     *
     * @return the folder, as configured
     */
    protected final File reportsDirectory() {
        return reportsDirectory;
    }

    /**
     * Logs each finding at its severity, as {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]}.
     *
     * @param diagnostics the findings
     */
    protected final void log(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            log(d.severity(), ValidationReport.line(d));
        }
    }

    /**
     * Logs a finding's line at its severity: an error as {@code [ERROR]}, a warning as
     * {@code [WARNING]}, an info as {@code [INFO]}.
     *
     * @param severity the finding's severity
     * @param line the finding's line, as {@link ValidationReport#line} gives it
     */
    protected final void log(Severity severity, String line) {
        switch (severity) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }

    /**
     * The plugin's version.
     *
     * @return the version, such as {@code 0.1.0}
     */
    protected final String pluginVersion() {
        return pluginVersion;
    }

    /**
     * Whether the goal is to be skipped.
     *
     * @return {@code true} when {@code skip} or {@code conditions.skip} is set
     */
    protected final boolean skip() {
        return skip;
    }
}
