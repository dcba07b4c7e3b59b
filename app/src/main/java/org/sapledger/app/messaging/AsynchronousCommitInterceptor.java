package org.sapledger.app.messaging;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets a projection's transactions commit without waiting for the disk ({@code SET LOCAL synchronous_commit TO
 * OFF}). Safe for read models only: a projection's rows and its tracking token commit together, so a crash loses
 * at most the last few milliseconds of both, and the processor handles those events again. Never used for
 * commands, whose events must be on disk before they are answered.
 */
public class AsynchronousCommitInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String APPLIED = AsynchronousCommitInterceptor.class.getName() + ".applied";

    private final JdbcTemplate jdbc;

    public AsynchronousCommitInterceptor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        if (root.resources().putIfAbsent(APPLIED, Boolean.TRUE) == null) {
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        }
        return chain.proceed();
    }
}
