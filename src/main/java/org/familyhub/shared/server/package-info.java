/**
 * The servers the portal starts itself (MariaDB, Elasticsearch): finding and stopping one left behind by a
 * portal that was killed, and a supervisor that restarts one that dies while the portal runs.
 */
@NullMarked
package org.familyhub.shared.server;

import org.jspecify.annotations.NullMarked;
