package org.conditioncontent.lsp;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/**
 * A house rule for the language server's tests that holds the check of an article whose title
 * says "Gated" until the test lets it go, so that a test can act while that check is running (the
 * files the server loads from disk for its checks across files pass); found only through a class
 * loader the test makes. It reports every gated article, so a check that publishes shows.
 */
public final class GateRule implements EditorialRule {

    /** Counted down each time a check enters the rule. */
    static volatile CountDownLatch entered = new CountDownLatch(1);

    /** The checks wait on it, for 30 seconds at most. */
    static volatile CountDownLatch release = new CountDownLatch(1);

    /** How many checks have entered the rule since the last reset: the checks of gated articles. */
    static final AtomicInteger checks = new AtomicInteger();

    /** Made by the service loader. */
    public GateRule() {}

    /** Closes the gate again, for the next test. */
    static void reset() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
        checks.set(0);
    }

    @Override
    public Rule rule() {
        return new Rule("gate", Severity.WARNING, "Gated articles, once the test lets the check go");
    }

    @Override
    public void check(Condition condition, RuleContext context) {
        if (!condition.title().contains("Gated")) {
            return;
        }
        checks.incrementAndGet();
        entered.countDown();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context.report("/title", "Checked");
    }
}
