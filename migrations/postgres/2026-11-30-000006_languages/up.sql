-- Seven more interface languages (Romanian, Arabic, Albanian, Simplified Chinese, Ukrainian,
-- Spanish, French): the starting categories' names in each, where an installation has not
-- named them already. Kept in step with the other backend's tree of the same name.

INSERT INTO category_names (category_id, locale, name)
SELECT id, 'ro', CASE code
    WHEN 'plumbing' THEN 'Apă și scurgeri'
    WHEN 'heating' THEN 'Încălzire'
    WHEN 'lift' THEN 'Lift'
    WHEN 'electrical' THEN 'Lumină și instalație electrică'
    WHEN 'doors' THEN 'Uși, porți și încuietori'
    WHEN 'damp' THEN 'Umezeală și mucegai'
    WHEN 'cleaning' THEN 'Curățenia părților comune'
    WHEN 'waste' THEN 'Gunoi'
    WHEN 'green' THEN 'Spații verzi și curți'
    WHEN 'pests' THEN 'Șoareci, șobolani și insecte'
    WHEN 'coexistence' THEN 'Probleme între vecini'
    ELSE 'Altele' END
FROM categories
WHERE code IN ('plumbing', 'heating', 'lift', 'electrical', 'doors', 'damp', 'cleaning', 'waste',
               'green', 'pests', 'coexistence', 'other')
  AND NOT EXISTS (SELECT 1 FROM category_names n WHERE n.category_id = categories.id AND n.locale = 'ro');

INSERT INTO category_names (category_id, locale, name)
SELECT id, 'ar', CASE code
    WHEN 'plumbing' THEN 'الماء والصرف'
    WHEN 'heating' THEN 'التدفئة'
    WHEN 'lift' THEN 'المصعد'
    WHEN 'electrical' THEN 'الإضاءة والكهرباء'
    WHEN 'doors' THEN 'الأبواب والبوابات والأقفال'
    WHEN 'damp' THEN 'الرطوبة والعفن'
    WHEN 'cleaning' THEN 'تنظيف الأماكن المشتركة'
    WHEN 'waste' THEN 'النفايات'
    WHEN 'green' THEN 'الحدائق والساحات'
    WHEN 'pests' THEN 'الفئران والحشرات'
    WHEN 'coexistence' THEN 'مشاكل بين الجيران'
    ELSE 'أخرى' END
FROM categories
WHERE code IN ('plumbing', 'heating', 'lift', 'electrical', 'doors', 'damp', 'cleaning', 'waste',
               'green', 'pests', 'coexistence', 'other')
  AND NOT EXISTS (SELECT 1 FROM category_names n WHERE n.category_id = categories.id AND n.locale = 'ar');

INSERT INTO category_names (category_id, locale, name)
SELECT id, 'sq', CASE code
    WHEN 'plumbing' THEN 'Uji dhe shkarkimet'
    WHEN 'heating' THEN 'Ngrohja'
    WHEN 'lift' THEN 'Ashensori'
    WHEN 'electrical' THEN 'Drita dhe instalimi elektrik'
    WHEN 'doors' THEN 'Dyert, portat dhe bravat'
    WHEN 'damp' THEN 'Lagështia dhe myku'
    WHEN 'cleaning' THEN 'Pastrimi i ambienteve të përbashkëta'
    WHEN 'waste' THEN 'Mbeturinat'
    WHEN 'green' THEN 'Gjelbërimi dhe oborret'
    WHEN 'pests' THEN 'Minjtë dhe insektet'
    WHEN 'coexistence' THEN 'Probleme me fqinjët'
    ELSE 'Të tjera' END
FROM categories
WHERE code IN ('plumbing', 'heating', 'lift', 'electrical', 'doors', 'damp', 'cleaning', 'waste',
               'green', 'pests', 'coexistence', 'other')
  AND NOT EXISTS (SELECT 1 FROM category_names n WHERE n.category_id = categories.id AND n.locale = 'sq');

INSERT INTO category_names (category_id, locale, name)
SELECT id, 'zh', CASE code
    WHEN 'plumbing' THEN '水管和下水道'
    WHEN 'heating' THEN '暖气'
    WHEN 'lift' THEN '电梯'
    WHEN 'electrical' THEN '灯和电路'
    WHEN 'doors' THEN '门、大门和锁'
    WHEN 'damp' THEN '潮湿和发霉'
    WHEN 'cleaning' THEN '公共区域清洁'
    WHEN 'waste' THEN '垃圾'
    WHEN 'green' THEN '绿化和院子'
    WHEN 'pests' THEN '老鼠和虫子'
    WHEN 'coexistence' THEN '邻居之间的问题'
    ELSE '其他' END
FROM categories
WHERE code IN ('plumbing', 'heating', 'lift', 'electrical', 'doors', 'damp', 'cleaning', 'waste',
               'green', 'pests', 'coexistence', 'other')
  AND NOT EXISTS (SELECT 1 FROM category_names n WHERE n.category_id = categories.id AND n.locale = 'zh');

INSERT INTO category_names (category_id, locale, name)
SELECT id, 'uk', CASE code
    WHEN 'plumbing' THEN 'Вода й каналізація'
    WHEN 'heating' THEN 'Опалення'
    WHEN 'lift' THEN 'Ліфт'
    WHEN 'electrical' THEN 'Світло й електрика'
    WHEN 'doors' THEN 'Двері, ворота й замки'
    WHEN 'damp' THEN 'Вогкість і цвіль'
    WHEN 'cleaning' THEN 'Прибирання спільних місць'
    WHEN 'waste' THEN 'Сміття'
    WHEN 'green' THEN 'Зелень і двори'
    WHEN 'pests' THEN 'Щури, миші й комахи'
    WHEN 'coexistence' THEN 'Проблеми із сусідами'
    ELSE 'Інше' END
FROM categories
WHERE code IN ('plumbing', 'heating', 'lift', 'electrical', 'doors', 'damp', 'cleaning', 'waste',
               'green', 'pests', 'coexistence', 'other')
  AND NOT EXISTS (SELECT 1 FROM category_names n WHERE n.category_id = categories.id AND n.locale = 'uk');

INSERT INTO category_names (category_id, locale, name)
SELECT id, 'es', CASE code
    WHEN 'plumbing' THEN 'Agua y desagües'
    WHEN 'heating' THEN 'Calefacción'
    WHEN 'lift' THEN 'Ascensor'
    WHEN 'electrical' THEN 'Luz e instalación eléctrica'
    WHEN 'doors' THEN 'Puertas, portones y cerraduras'
    WHEN 'damp' THEN 'Humedad y moho'
    WHEN 'cleaning' THEN 'Limpieza de las áreas comunes'
    WHEN 'waste' THEN 'Basura'
    WHEN 'green' THEN 'Áreas verdes y patios'
    WHEN 'pests' THEN 'Ratas e insectos'
    WHEN 'coexistence' THEN 'Problemas entre vecinos'
    ELSE 'Otros' END
FROM categories
WHERE code IN ('plumbing', 'heating', 'lift', 'electrical', 'doors', 'damp', 'cleaning', 'waste',
               'green', 'pests', 'coexistence', 'other')
  AND NOT EXISTS (SELECT 1 FROM category_names n WHERE n.category_id = categories.id AND n.locale = 'es');

INSERT INTO category_names (category_id, locale, name)
SELECT id, 'fr', CASE code
    WHEN 'plumbing' THEN 'Eau et canalisations'
    WHEN 'heating' THEN 'Chauffage'
    WHEN 'lift' THEN 'Ascenseur'
    WHEN 'electrical' THEN 'Lumière et électricité'
    WHEN 'doors' THEN 'Portes, portails et serrures'
    WHEN 'damp' THEN 'Humidité et moisissure'
    WHEN 'cleaning' THEN 'Nettoyage des parties communes'
    WHEN 'waste' THEN 'Déchets'
    WHEN 'green' THEN 'Espaces verts et cours'
    WHEN 'pests' THEN 'Rats, souris et insectes'
    WHEN 'coexistence' THEN 'Problèmes entre voisins'
    ELSE 'Autre' END
FROM categories
WHERE code IN ('plumbing', 'heating', 'lift', 'electrical', 'doors', 'damp', 'cleaning', 'waste',
               'green', 'pests', 'coexistence', 'other')
  AND NOT EXISTS (SELECT 1 FROM category_names n WHERE n.category_id = categories.id AND n.locale = 'fr');
