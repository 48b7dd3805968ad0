/**
 * Sign-in and roles: users in the database with hashed passwords, login throttling, optional OIDC
 * single sign-on, the demo users of embedded mode, and who is signed in ({@link org.familyhub.account.CurrentUser}).
 */
@NullMarked
@ApplicationModule(displayName = "Accounts")
package org.familyhub.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
