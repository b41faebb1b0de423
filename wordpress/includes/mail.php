<?php
/**
 * The clinic's mail about new requests, with a site-wide cap per hour: a flood (or a busy
 * day) never fills the clinic's inbox, and never loses a request. Past the cap, requests are
 * marked "queued" and summed up in one mail after the hour; a mail that fails is marked
 * "mail failed" in the list and goes in that summary too.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

/** Post meta: how the clinic heard of the request. */
const MAIL_META = '_smp_mail';
/** The single event that sends the summary of queued and failed mails. */
const SUMMARY_EVENT = 'smp_widget_mail_summary';
/** Requests one summary mail lists at most (the rest wait for the next one). */
const SUMMARY_SIZE = 200;

add_action( SUMMARY_EVENT, __NAMESPACE__ . '\\send_summary' );

/**
 * The mail states a request can be in, as the list shows them.
 *
 * @return array<string, string>
 */
function mail_states(): array {
	return array(
		'sent'    => __( 'Mailed', 'smp-widget' ),
		'queued'  => __( 'Waiting for the hourly summary', 'smp-widget' ),
		'failed'  => __( 'Mail failed', 'smp-widget' ),
		'summary' => __( 'Mailed in a summary', 'smp-widget' ),
	);
}

/** Mails the clinic about one stored request, unless this hour's cap is reached. */
function mail_request( int $id, array $request ): void {
	$hits = count_hit( 'mail', HOUR_IN_SECONDS );
	$cap  = max( 1, (int) settings()['mail_cap'] );
	if ( null === $hits || $hits[0] > $cap ) {
		update_post_meta( $id, MAIL_META, 'queued' );
		schedule_summary( null === $hits ? MINUTE_IN_SECONDS * 5 : $hits[1] );
		return;
	}
	$sent = wp_mail( mail_recipient(), request_subject( $request ), implode( "\n", request_lines( $request ) ) . "\n\n" . list_line() );
	update_post_meta( $id, MAIL_META, $sent ? 'sent' : 'failed' );
	if ( ! $sent ) {
		schedule_summary( HOUR_IN_SECONDS );
	}
}

function mail_recipient(): string {
	$to = (string) settings()['notify_email'];
	return is_email( $to ) ? $to : (string) get_option( 'admin_email' );
}

function site_name(): string {
	return wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
}

function request_subject( array $request ): string {
	/* translators: 1: the site's name, 2: the visitor's name. */
	return sprintf( __( '[%1$s] Contact request from %2$s', 'smp-widget' ), site_name(), $request['name'] );
}

/**
 * One request's fields as lines of plain text.
 *
 * @return string[]
 */
function request_lines( array $request ): array {
	$lines = array(
		__( 'Someone asked the clinic to contact them from the SMP self-assessment.', 'smp-widget' ),
		'',
		/* translators: %s: the visitor's name. */
		sprintf( __( 'Name: %s', 'smp-widget' ), $request['name'] ),
		/* translators: %s: a phone number or email address. */
		sprintf( __( 'Phone or email: %s', 'smp-widget' ), $request['contact'] ),
		/* translators: %s: a language tag such as en-US. */
		sprintf( __( 'Language: %s', 'smp-widget' ), $request['lang'] ),
	);
	if ( ! empty( $request['outcome'] ) ) {
		/* translators: %s: the result's category. */
		$lines[] = sprintf( __( 'Result: %s', 'smp-widget' ), outcome_label( $request['outcome'] ) );
	}
	if ( ! empty( $request['answers'] ) ) {
		/* translators: %s: the visitor's answers, separated by semicolons. */
		$lines[] = sprintf( __( 'Answers: %s', 'smp-widget' ), implode( '; ', $request['answers'] ) );
	}
	return $lines;
}

function list_line(): string {
	/* translators: %s: the admin page's address. */
	return sprintf( __( 'All requests: %s', 'smp-widget' ), admin_url( 'admin.php?page=' . REQUESTS_PAGE ) );
}

/** Schedules the summary once, `$delay` seconds from now (an earlier one already set stays). */
function schedule_summary( int $delay ): void {
	if ( ! wp_next_scheduled( SUMMARY_EVENT ) ) {
		wp_schedule_single_event( time() + max( 1, $delay ), SUMMARY_EVENT );
	}
}

/**
 * One mail for every request still waiting (queued past the cap, or whose mail failed).
 * Marked "mailed in a summary" only once the mail went; otherwise they wait for the next try.
 *
 * @return int How many requests the mail listed.
 */
function send_summary(): int {
	$ids = get_posts(
		array(
			'post_type'        => REQUEST_TYPE,
			'post_status'      => 'private',
			'fields'           => 'ids',
			'posts_per_page'   => SUMMARY_SIZE + 1,
			'orderby'          => 'ID',
			'order'            => 'ASC',
			'suppress_filters' => true,
			'meta_query'       => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- once an hour at most.
				array(
					'key'     => MAIL_META,
					'value'   => array( 'queued', 'failed' ),
					'compare' => 'IN',
				),
			),
		)
	);
	if ( ! $ids ) {
		return 0;
	}
	$more  = count( $ids ) > SUMMARY_SIZE;
	$ids   = array_slice( $ids, 0, SUMMARY_SIZE );
	$lines = array(
		sprintf(
			/* translators: %d: a number of contact requests. */
			_n( '%d contact request arrived while the hourly mail limit was reached, or its mail failed:', '%d contact requests arrived while the hourly mail limit was reached, or their mail failed:', count( $ids ), 'smp-widget' ),
			count( $ids )
		),
	);
	foreach ( $ids as $id ) {
		$request = read_request( get_post( $id ) );
		$lines[] = '';
		$lines[] = $request['date'];
		foreach ( array_slice( request_lines( $request ), 2 ) as $line ) {
			$lines[] = '  ' . $line;
		}
	}
	$lines[] = '';
	$lines[] = list_line();
	/* translators: 1: the site's name, 2: a number of contact requests. */
	$subject = sprintf( __( '[%1$s] %2$d contact requests', 'smp-widget' ), site_name(), count( $ids ) );
	if ( ! wp_mail( mail_recipient(), $subject, implode( "\n", $lines ) ) ) {
		schedule_summary( HOUR_IN_SECONDS );
		return 0;
	}
	foreach ( $ids as $id ) {
		update_post_meta( $id, MAIL_META, 'summary' );
	}
	if ( $more ) {
		schedule_summary( MINUTE_IN_SECONDS );
	}
	return count( $ids );
}
