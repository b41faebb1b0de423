<?php
/**
 * Deleting the plugin (Plugins → Delete) removes its settings and its scheduled event, on
 * every site of a network; contact requests only if an administrator ticked "Also delete
 * every contact request" on the settings page. Runs without the plugin loaded.
 *
 * @package SmpWidget
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** One site's cleanup. */
function smp_widget_uninstall_site(): void {
	global $wpdb;
	$settings = get_option( 'smp_widget_settings' );
	if ( is_array( $settings ) && ! empty( $settings['delete_requests_on_uninstall'] ) ) {
		do {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the post type is not registered while uninstalling.
			$ids = $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type = %s LIMIT 200", 'smp_lead' ) );
			foreach ( $ids as $id ) {
				wp_delete_post( (int) $id, true );
			}
		} while ( count( $ids ) === 200 );
	}
	delete_option( 'smp_widget_settings' );
	wp_clear_scheduled_hook( 'smp_widget_purge_requests' );
	// The rate limiter's counters (transients, ten minutes at most).
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API lists transients by prefix.
	$wpdb->query(
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( '_transient_smp_widget_rl_' ) . '%',
			$wpdb->esc_like( '_transient_timeout_smp_widget_rl_' ) . '%'
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
