<?php
/**
 * Forwarding each new request, from this server, to the clinic's CRM: a JSON POST to the
 * https address in the settings, signed with HMAC-SHA256 under a secret the settings page
 * shows once, retried with back-off through WP-Cron. The visitor's browser never talks to
 * the CRM. Its state is in the requests list.
 *
 * The signature is over "<timestamp>.<body>", sent as
 * `X-SMP-Signature: t=<timestamp>,sha256=<hex>`: the receiver recomputes it with the secret
 * and refuses a stale timestamp, so a captured request cannot be replayed later.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

/** Post meta: where forwarding stands ("pending", "sent", "failed") and the attempts made. */
const FORWARD_META = '_smp_forward';
const FORWARD_TRIES_META = '_smp_forward_tries';
/** The event that makes one attempt; its argument is the request's id. */
const FORWARD_EVENT = 'smp_widget_forward_request';
/** The option that holds the secret (never autoloaded, never shown again after creation). */
const FORWARD_SECRET = 'smp_widget_forward_secret';
/** Seconds before each retry: the first attempt is at once, the last about a day later. */
const FORWARD_BACKOFF = array( 60, 300, 1800, 7200, 43200 );

add_action( FORWARD_EVENT, __NAMESPACE__ . '\\forward_request' );

/** Queues a stored request for forwarding, when the settings name a CRM. */
function queue_forward( int $id ): void {
	if ( '' === (string) settings()['forward_url'] ) {
		return;
	}
	update_post_meta( $id, FORWARD_META, 'pending' );
	update_post_meta( $id, FORWARD_TRIES_META, 0 );
	wp_schedule_single_event( time(), FORWARD_EVENT, array( $id ) );
}

/**
 * The states the list shows.
 *
 * @return array<string, string>
 */
function forward_states(): array {
	return array(
		'pending' => __( 'Waiting to be forwarded', 'smp-widget' ),
		'sent'    => __( 'Forwarded', 'smp-widget' ),
		'failed'  => __( 'Forwarding failed', 'smp-widget' ),
	);
}

/** The body the CRM receives: the request's own fields, its id and when it arrived. */
function forward_body( \WP_Post $post ): string {
	$request = read_request( $post );
	$body    = array(
		'id'       => $request['id'],
		'received' => gmdate( 'c', (int) strtotime( $post->post_date_gmt . ' UTC' ) ),
		'site'     => home_url( '/' ),
		'name'     => $request['name'],
		'contact'  => $request['contact'],
		'lang'     => $request['lang'],
	);
	if ( '' !== $request['outcome'] ) {
		$body['outcome'] = $request['outcome'];
	}
	if ( $request['answers'] ) {
		$body['answers'] = $request['answers'];
	}
	return (string) wp_json_encode( $body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
}

/** The signature header's value for `$body` at `$timestamp`. */
function forward_signature( string $body, int $timestamp, string $secret ): string {
	return 't=' . $timestamp . ',sha256=' . hash_hmac( 'sha256', $timestamp . '.' . $body, $secret );
}

/** One attempt (WP-Cron); on failure the next is scheduled, until the back-off runs out. */
function forward_request( $id ): void {
	$id   = absint( $id );
	$post = get_post( $id );
	$url  = (string) settings()['forward_url'];
	if ( ! $post || REQUEST_TYPE !== $post->post_type || 'pending' !== get_post_meta( $id, FORWARD_META, true ) ) {
		return;
	}
	$secret = (string) get_option( FORWARD_SECRET, '' );
	if ( '' === $url || '' === $secret ) {
		update_post_meta( $id, FORWARD_META, 'failed' );
		return;
	}
	$tries     = (int) get_post_meta( $id, FORWARD_TRIES_META, true ) + 1;
	$body      = forward_body( $post );
	$timestamp = time();
	$response  = wp_remote_post(
		$url,
		array(
			'timeout'            => 10,
			'redirection'        => 0,
			// A CRM is on the internet: never an address inside the clinic's network (a name
			// that resolves to one is refused too), but for a test CRM on this machine.
			'reject_unsafe_urls' => ! is_local_address( $url ),
			'headers'            => array(
				'Content-Type'    => 'application/json',
				'X-SMP-Signature' => forward_signature( $body, $timestamp, $secret ),
				'User-Agent'      => 'smp-widget/' . VERSION . '; ' . home_url( '/' ),
			),
			'body'               => $body,
		)
	);
	update_post_meta( $id, FORWARD_TRIES_META, $tries );
	$code = (int) wp_remote_retrieve_response_code( $response );
	if ( ! is_wp_error( $response ) && $code >= 200 && $code < 300 ) {
		update_post_meta( $id, FORWARD_META, 'sent' );
		wp_clear_scheduled_hook( FORWARD_EVENT, array( $id ) );
		return;
	}
	if ( $tries > count( FORWARD_BACKOFF ) ) {
		update_post_meta( $id, FORWARD_META, 'failed' );
		wp_clear_scheduled_hook( FORWARD_EVENT, array( $id ) );
		return;
	}
	// WordPress refuses a second identical event within ten minutes: the earlier one goes.
	wp_clear_scheduled_hook( FORWARD_EVENT, array( $id ) );
	wp_schedule_single_event( time() + FORWARD_BACKOFF[ $tries - 1 ], FORWARD_EVENT, array( $id ) );
}

/** A new secret, stored; returned once for the settings page to show. */
function new_forward_secret(): string {
	$secret = bin2hex( random_bytes( 32 ) );
	update_option( FORWARD_SECRET, $secret, false );
	return $secret;
}

/** Whether `$url` is on this machine (a test CRM). */
function is_local_address( string $url ): bool {
	return in_array( wp_parse_url( $url, PHP_URL_HOST ), array( 'localhost', '127.0.0.1', '[::1]' ), true );
}

/** Whether forwarding may go to `$url`: https, or http to this machine for a local test. */
function forward_url_allowed( string $url ): bool {
	$scheme = wp_parse_url( $url, PHP_URL_SCHEME );
	return 'https' === $scheme || ( 'http' === $scheme && is_local_address( $url ) );
}
