<?php
/**
 * Counters that hold under a burst: who a client is (its address, an IPv6 network as its
 * /64, or the address a trusted proxy reports), and a per-window count that the database
 * increments in one statement, so twenty requests at once count twenty.
 *
 * Transients were read, then written: a burst of parallel requests each read the same count
 * and passed. Here `INSERT … ON DUPLICATE KEY UPDATE` on the options table's unique name is
 * one atomic step in MariaDB and MySQL; no table of our own is needed.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

/** The prefix of every counter's option name (autoload off; purge_counters() removes the old). */
const COUNTER_PREFIX = '_smp_widget_count_';

/**
 * Who sent this request, for the rate limit: the address the trusted proxy header names (the
 * last valid address in it, which is the one that proxy saw), else REMOTE_ADDR.
 */
function client_address(): string {
	$remote = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	$header = (string) settings()['client_header'];
	if ( '' !== $header ) {
		$key   = 'HTTP_' . strtoupper( str_replace( '-', '_', $header ) );
		$value = isset( $_SERVER[ $key ] ) ? sanitize_text_field( wp_unslash( $_SERVER[ $key ] ) ) : '';
		foreach ( array_reverse( explode( ',', $value ) ) as $part ) {
			$address = trim( $part, " \t[]" );
			if ( false !== filter_var( $address, FILTER_VALIDATE_IP ) ) {
				$remote = $address;
				break;
			}
		}
	}
	/**
	 * Filters who the client is, for the rate limit (after the trusted proxy header, if set).
	 *
	 * @param string $address The client's address.
	 */
	return (string) apply_filters( 'smp_widget_request_client', $remote );
}

/**
 * The part of an address that names one subscriber: an IPv4 address whole, an IPv6 address
 * by its /64 (one home or phone is given a /64 and may use any address in it).
 */
function client_network( string $address ): string {
	$packed = filter_var( $address, FILTER_VALIDATE_IP ) ? inet_pton( $address ) : false;
	if ( false === $packed ) {
		return 'other:' . $address;
	}
	if ( 16 === strlen( $packed ) ) {
		// An IPv4 address written as IPv6 (::ffff:a.b.c.d) is that IPv4 address.
		if ( str_repeat( "\0", 10 ) . "\xff\xff" === substr( $packed, 0, 12 ) ) {
			return (string) inet_ntop( substr( $packed, 12 ) );
		}
		return (string) inet_ntop( substr( $packed, 0, 8 ) . str_repeat( "\0", 8 ) ) . '/64';
	}
	return (string) inet_ntop( $packed );
}

/**
 * Counts one hit on `$name` in a window of `$window` seconds that starts with its first hit.
 *
 * @return array{0: int, 1: int}|null The count including this hit and the seconds left in the
 *                                     window; null when the database did not answer.
 */
function count_hit( string $name, int $window ): ?array {
	global $wpdb;
	$now    = time();
	$option = COUNTER_PREFIX . substr( wp_hash( $name . '|' . $window, 'nonce' ), 0, 32 );
	// The value is start × 10⁶ + count, one integer, so that one statement can both start a
	// new window and count in the current one. Inserted (1 row affected): the first hit;
	// updated (2 rows): the new value is in LAST_INSERT_ID() for this connection alone.
	$affected = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic counter has no API.
		$wpdb->prepare(
			"INSERT INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %d, 'no')
			ON DUPLICATE KEY UPDATE option_value = LAST_INSERT_ID(IF(FLOOR(option_value / 1000000) + %d <= %d, %d, option_value + 1))",
			$option,
			$now * 1000000 + 1,
			$window,
			$now,
			$now * 1000000 + 1
		)
	);
	if ( false === $affected ) {
		return null;
	}
	$value = 1 === (int) $affected ? $now * 1000000 + 1 : (int) $wpdb->get_var( 'SELECT LAST_INSERT_ID()' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	$start = intdiv( $value, 1000000 );
	return array( max( 1, $value % 1000000 ), max( 1, $start + $window - $now ) );
}

/** Removes counters whose window ended (every window is an hour at most; the daily purge calls it). */
function purge_counters(): void {
	global $wpdb;
	$wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API lists options by prefix.
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s AND FLOOR(option_value / 1000000) < %d",
			$wpdb->esc_like( COUNTER_PREFIX ) . '%',
			time() - DAY_IN_SECONDS
		)
	);
}
