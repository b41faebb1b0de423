<?php
/**
 * Activation, deactivation and the daily retention run, kept as the privacy text promises:
 * on every site of a network (scheduled on network activation, for each new site, and again
 * on any visit to a site whose run went missing), overdue requests deleted first on
 * activation, and one last run on deactivation.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

/** When the plugin was last activated on this site (a Unix time), for Site Health. */
const ACTIVATED_AT = 'smp_widget_activated_at';

register_activation_hook( FILE, __NAMESPACE__ . '\\activate' );
register_deactivation_hook( FILE, __NAMESPACE__ . '\\deactivate' );
add_action( 'init', __NAMESPACE__ . '\\schedule_purge' );
add_action( 'wp_initialize_site', __NAMESPACE__ . '\\activate_new_site', 200 );

/**
 * On this site, or on every site of the network when activated network-wide.
 *
 * @param bool $network_wide Whether the activation is network-wide.
 */
function activate( $network_wide = false ): void {
	for_each_site( (bool) $network_wide, __NAMESPACE__ . '\\activate_site' );
}

/** @param bool $network_wide Whether the deactivation is network-wide. */
function deactivate( $network_wide = false ): void {
	for_each_site( (bool) $network_wide, __NAMESPACE__ . '\\deactivate_site' );
}

/** Runs `$work` on this site, or on each site of the network. */
function for_each_site( bool $network_wide, callable $work ): void {
	if ( ! $network_wide || ! is_multisite() ) {
		$work();
		return;
	}
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $site ) {
		switch_to_blog( (int) $site );
		$work();
		restore_current_blog();
	}
}

/**
 * Stores the defaults (once), deletes what became overdue while the plugin was off, and
 * schedules the daily run.
 */
function activate_site(): void {
	add_option( OPTION, defaults() );
	update_option( ACTIVATED_AT, time(), false );
	purge_requests();
	schedule_purge();
}

/**
 * One last run, then no more until reactivation (the plugin's code is not loaded while it
 * is off, so a scheduled run would do nothing); settings and requests stay.
 */
function deactivate_site(): void {
	purge_requests();
	wp_clear_scheduled_hook( PURGE_EVENT );
}

/** Schedules the daily run if it is missing (lost, or never set on this site). */
function schedule_purge(): void {
	if ( ! wp_next_scheduled( PURGE_EVENT ) ) {
		wp_schedule_event( time() + MINUTE_IN_SECONDS, 'daily', PURGE_EVENT );
	}
}

/** A site added to a network where the plugin is active network-wide. */
function activate_new_site( \WP_Site $site ): void {
	if ( ! function_exists( 'is_plugin_active_for_network' ) ) {
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
	}
	if ( is_plugin_active_for_network( plugin_basename( FILE ) ) ) {
		switch_to_blog( (int) $site->blog_id );
		activate_site();
		restore_current_blog();
	}
}
