/** Tells each node's open queues that tickets changed, by watching the ticket table (any node, any command). */
package com.ks.platform.support.live;
