/* The "SMP self-assessment" block in the editor: a settings panel for this block's
   overrides, and the widget itself as the server renders it. Plain script over WordPress's
   globals (wp.blocks, wp.blockEditor, wp.components, wp.serverSideRender): no build step. */
( function ( wp ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var TextControl = wp.components.TextControl;
	var Notice = wp.components.Notice;
	var ServerSideRender = wp.serverSideRender;
	var siteDefault = __( 'Site default', 'smp-widget' );

	function Edit( props ) {
		var attributes = props.attributes;
		function set( name ) {
			return function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			};
		}
		var panel = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'This widget', 'smp-widget' ), initialOpen: true },
				el( SelectControl, {
					label: __( 'Mode', 'smp-widget' ),
					value: attributes.mode,
					options: [
						{ value: '', label: __( 'Inline (in the page)', 'smp-widget' ) },
						{ value: 'popup', label: __( 'Popup (a button in the corner opens it)', 'smp-widget' ) },
					],
					onChange: set( 'mode' ),
				} ),
				el( SelectControl, {
					label: __( 'Parts', 'smp-widget' ),
					value: attributes.parts,
					options: [
						{ value: '', label: __( 'Quiz and estimator', 'smp-widget' ) },
						{ value: 'quiz', label: __( 'Quiz only', 'smp-widget' ) },
						{ value: 'estimator', label: __( 'Estimator only', 'smp-widget' ) },
					],
					onChange: set( 'parts' ),
				} ),
				el( SelectControl, {
					label: __( 'Language', 'smp-widget' ),
					value: attributes.lang,
					options: [
						{ value: '', label: siteDefault },
						{ value: 'en', label: __( 'English', 'smp-widget' ) },
						{ value: 'es', label: __( 'Spanish', 'smp-widget' ) },
					],
					onChange: set( 'lang' ),
				} ),
				el( TextControl, {
					label: __( 'City', 'smp-widget' ),
					help: __( 'The estimator\'s pre-selected city. Empty: the site default.', 'smp-widget' ),
					value: attributes.city,
					onChange: set( 'city' ),
				} )
			)
		);
		var popupNote = attributes.mode === 'popup'
			? el( Notice, { status: 'info', isDismissible: false }, __( 'Popup: visitors see a button in the corner of the screen that opens the self-assessment. It takes no room in the page.', 'smp-widget' ) )
			: null;
		return el(
			'div',
			useBlockProps(),
			panel,
			popupNote,
			el( ServerSideRender, { block: 'smp-widget/assessment', attributes: attributes } )
		);
	}

	wp.blocks.registerBlockType( 'smp-widget/assessment', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp );
