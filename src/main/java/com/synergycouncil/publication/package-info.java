/**
 * Publication of jointly developed AI models and datasets: the registry of AI outputs (datasets with licences and
 * the legal basis of any personal data, model cards and datasheets) and {@code AiOutputPublicationProcess}
 * (automatic gates, parallel privacy, security and legal reviews, council decision, open, gated or staged release,
 * researchers' access requests decided by AI leads).
 */
package com.synergycouncil.publication;
