package org.sapledger.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page, as a problem. Spring MVC's own errors never get here ({@link
 * ApiExceptionHandler} answers them); what does is an error raised outside it, by a filter or by
 * {@code response.sendError}, which the container forwards to {@code /error}. Spring Boot's default answers those
 * with its own JSON shape ({@code timestamp}, {@code error}), and a request for {@code /error} itself with a 500
 * whose body says status 999. This answers every one with {@code application/problem+json}, and {@code /error}
 * asked for directly with a 404, like any other path that is not an endpoint.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer forwarded ? HttpStatus.resolve(forwarded) : HttpStatus.NOT_FOUND;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
