/**
 * What every plain HTTP answer shares: the calm error page and error JSON that replace Spring Boot's own.
 */
@NullMarked
package org.familyhub.shared.web;

import org.jspecify.annotations.NullMarked;
