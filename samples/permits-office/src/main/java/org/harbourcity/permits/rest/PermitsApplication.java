package org.harbourcity.permits.rest;

import javax.ws.rs.ApplicationPath;
import javax.ws.rs.core.Application;

/**
 * The JSON API of the permits office under /api. Resources and providers are found by scanning.
 */
@ApplicationPath("api")
public class PermitsApplication extends Application {
}
