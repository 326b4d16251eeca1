package org.harbourcity.permits.rest;

import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.ejb.EJBException;
import javax.persistence.OptimisticLockException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.harbourcity.permits.dto.ErrorView;

/**
 * A system exception out of a bean: 409 when two clerks changed the same permit at once, 500 otherwise, logged
 * here and never shown to the caller.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @Override
    public Response toResponse(EJBException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return error(409, "CONFLICT", "Someone else changed this record; load it again.");
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error", e);
        return error(500, "ERROR", "Something went wrong; the error has been logged.");
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorView(code, message, Collections.<String>emptyList())).build();
    }
}
