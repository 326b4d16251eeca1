package org.harbourcity.permits.rest;

import java.util.Collections;
import java.util.List;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.harbourcity.permits.dto.ErrorView;
import org.harbourcity.permits.service.BusinessException;
import org.harbourcity.permits.service.InvalidRequestException;

/**
 * A rule that said no becomes its status with an {@link ErrorView}.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        List<String> errors = e instanceof InvalidRequestException
                ? ((InvalidRequestException) e).getErrors()
                : Collections.<String>emptyList();
        return Response.status(e.getStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorView(e.getCode(), e.getMessage(), errors))
                .build();
    }
}
