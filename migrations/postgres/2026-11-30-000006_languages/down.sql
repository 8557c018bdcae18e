-- Forward-only in production; this exists for development resets only.
DELETE FROM category_names WHERE locale IN ('ro', 'ar', 'sq', 'zh', 'uk', 'es', 'fr');
