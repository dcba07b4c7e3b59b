package org.sapledger.app.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.sapledger.domain.tenancy.Tenancy;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DuplicateKeyException;

/**
 * Records the answer to a command sent with an idempotency key inside the command's own unit of work: the record
 * and the events are committed together or not at all, so a key can never stand for a change that was not stored,
 * nor a change be stored twice under one key.
 */
public class IdempotencyRecordingInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final IdempotencyStore store;
    private final ObjectMapper json;

    public IdempotencyRecordingInterceptor(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        MetaData metaData = unitOfWork.getMessage().getMetaData();
        Object key = metaData.get(IdempotencyMetadataKeys.KEY);
        if (key == null) {
            return chain.proceed();
        }
        String organisation = (String) metaData.get(Tenancy.ORGANISATION_METADATA_KEY);
        try {
            store.claim(organisation, key.toString(), (String) metaData.get(IdempotencyMetadataKeys.FINGERPRINT),
                    ((Number) metaData.get(IdempotencyMetadataKeys.STATUS)).intValue(),
                    (String) metaData.get(IdempotencyMetadataKeys.LOCATION));
        } catch (DuplicateKeyException concurrentFirstUse) {
            throw new IdempotencyKeyInUseException(key.toString());
        }
        Object result = chain.proceed();
        // the command's result is the answer's body (e.g. CommandAccepted → {"id", "version"})
        store.recordBody(organisation, key.toString(), json.writeValueAsString(result));
        return result;
    }
}
