<?php
/**
 * [smp_widget] for the classic editor: the same element as the block, with the same
 * per-widget overrides, e.g. [smp_widget mode="popup" lang="es" city="Indio, CA"].
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

const SHORTCODE = 'smp_widget';

add_action( 'init', static fn() => add_shortcode( SHORTCODE, __NAMESPACE__ . '\\render_shortcode' ) );

/**
 * @param array<string, string>|string $atts The shortcode's attributes ('' when it has none).
 */
function render_shortcode( $atts ): string {
	$atts = shortcode_atts( array_fill_keys( OVERRIDES, '' ), is_array( $atts ) ? $atts : array(), SHORTCODE );
	return render_widget( $atts );
}
