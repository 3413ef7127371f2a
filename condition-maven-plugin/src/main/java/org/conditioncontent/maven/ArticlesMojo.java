package org.conditioncontent.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;

/**
 * The configuration both goals share: which article files to read and how the rules are
 * configured. House rules are those the service loader finds with the plugin's class loader,
 * which holds the plugin's {@code <dependencies>}.
 */
public abstract class ArticlesMojo extends AbstractMojo {

    /** The folders searched for articles (default: {@code src/main/conditions}). */
    @Parameter(defaultValue = "${project.basedir}/src/main/conditions")
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

    /** The rules configuration, used when the file exists; by default conditions.yaml, else conditions.yml. */
    @Parameter(property = "conditions.config", defaultValue = "${project.basedir}/conditions.yaml")
    private File configFile;

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
     * The rules configuration is checked first: one named on purpose that does not exist, or a
     * link that leads nowhere, is an error, as {@code --config} is for the command, where the
     * default {@code conditions.yaml} may be absent.
     *
     * @return the files, sorted, the refused ones marked
     * @throws MojoExecutionException if the configuration named does not exist, a folder does not
     *     exist or cannot be read, or no article file is found
     */
    protected final ArticleFiles articleFiles() throws MojoExecutionException {
        File byDefault = new File(basedir, ArticleFiles.CONFIGURATION);
        File config = configFile();
        ArticleSet.requireConfiguration(config, !configFile.getAbsoluteFile().equals(byDefault.getAbsoluteFile()));
        return ArticleSet.find(folders, includes, excludes, config, followLinks);
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
     * The rules configuration file: {@code <configFile>}, by default {@code conditions.yaml} beside
     * the {@code pom.xml}, else {@code conditions.yml} there.
     *
     * @return the file, which may not exist
     * @throws MojoExecutionException if the default is taken and both names are there
     */
    protected final File configFile() throws MojoExecutionException {
        return ArticleSet.configuration(configFile, basedir);
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
