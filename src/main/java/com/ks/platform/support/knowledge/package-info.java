/**
 * The help centre's knowledge base: articles in Chinese and English edited by customer-service leads, searched with
 * the catalog's analysis, helpful votes, and deflection (articles suggested before a ticket is opened).
 */
package com.ks.platform.support.knowledge;
