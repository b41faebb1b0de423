<?php
/**
 * Deleting the plugin (Plugins → Delete) removes, on every site of a network: its settings,
 * its scheduled events, its counters and its forwarding secret, and every contact request
 * unless an administrator ticked "Keep the contact requests when the plugin is deleted" on
 * the settings page. Runs without the plugin loaded.
 *
 * @package SmpWidget
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** One site's cleanup. */
function smp_widget_uninstall_site(): void {
	global $wpdb;
	$settings = get_option( 'smp_widget_settings' );
	if ( ! is_array( $settings ) || empty( $settings['keep_requests_on_uninstall'] ) ) {
		do {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the post type is not registered while uninstalling.
			$ids = $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = %s LIMIT 200", 'smp_lead' ) );
			foreach ( $ids as $id ) {
				wp_delete_post( (int) $id, true );
			}
		} while ( count( $ids ) === 200 );
	}
	foreach ( array( 'smp_widget_settings', 'smp_widget_forward_secret', 'smp_widget_purge_last_run', 'smp_widget_activated_at' ) as $option ) {
		delete_option( $option );
	}
	foreach ( array( 'smp_widget_purge_requests', 'smp_widget_mail_summary', 'smp_widget_forward_request' ) as $hook ) {
		wp_unschedule_hook( $hook );
	}
	// The rate limit's and the mail cap's counters, and a secret not yet shown.
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API lists options by prefix.
	$wpdb->query(
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( '_smp_widget_count_' ) . '%',
			$wpdb->esc_like( '_transient_smp_widget_' ) . '%',
			$wpdb->esc_like( '_transient_timeout_smp_widget_' ) . '%'
		)
	);
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $smp_widget_site ) {
		switch_to_blog( (int) $smp_widget_site );
		smp_widget_uninstall_site();
		restore_current_blog();
	}
} else {
	smp_widget_uninstall_site();
}
