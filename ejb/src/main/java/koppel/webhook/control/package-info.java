/** The parts of webhook delivery that need no transaction: signing, posting, the retry schedule, the target guard. */
package koppel.webhook.control;
