package org.familyhub;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin's security integration puts each application context's holder strategy into a static of Spring
 * Security. The suite runs more than one context (the shared one, the browser tests' one, the mail-down one),
 * and the last one started would otherwise decide where every test's sign-in goes. Before each test class and
 * method this puts back the strategy of the context that test runs in. Registered in META-INF/spring.factories.
 */
public class OwnSecurityStrategy implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(strategy -> {
                    if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                        SecurityContextHolder.setContextHolderStrategy(strategy);
                    }
                });
    }
}
