# SMS: short, to fit in one message (no colon: French wants a no-break space before it, which is not GSM-7).
sms-urgent = Avis urgent - { $title } - { $link }
sms-report-update = { $reference } ({ $status }) { $summary } - { $link }

# Answers to messages from phones, and the questions a reply answers.
sms-report-resolved = { $reference } réglé - { $summary }. Si cela marche de nouveau, répondez OUI, sinon NON - { $link }
sms-visit-reminder = Demain de { $from } à { $until } le technicien vient chez vous pour { $reference }. Si personne ne sera là, répondez NON.
sms-filed = Merci, nous avons reçu le signalement { $reference }. Nous vous écrirons ici dès qu'il y a du nouveau. { $link }
sms-closed = Merci. Le signalement { $reference } est clos.
sms-reopened = Le signalement { $reference } est rouvert - nous allons le revoir.
sms-visit-moved = Merci, nous le disons au technicien - la visite pour { $reference } sera déplacée et nous vous dirons le nouveau jour.
sms-visit-confirmed = Merci - le technicien viendra comme prévu pour { $reference }.
sms-already-answered = Le signalement { $reference } a déjà été mis à jour - rien d'autre à faire. Écrivez AIDE pour savoir ce que vous pouvez faire.
sms-stopped = Vous ne recevrez plus de SMS de Portineria. Pour les réactiver, demandez au guichet.
sms-help = Portineria - écrivez-nous par SMS ce qui ne marche pas et nous le signalons pour vous. Guichet - { $desk }. Écrivez STOP pour ne plus recevoir de SMS.
sms-desk-unknown = le guichet de votre quartier
sms-unknown = Ce numéro n'est pas inscrit sur Portineria - adressez-vous au guichet de votre quartier.
sms-slow-down = Nous avons reçu beaucoup de messages de ce numéro - nous les lirons bientôt. En cas d'urgence, appelez le guichet.
sms-fixed-reason = Confirmé par SMS : la panne est réglée.
sms-not-fixed-reason = Réponse par SMS : la panne n'est pas réglée.
sms-visit-nobody-home = Réponse par SMS : personne ne sera là ce jour-là.
sms-id-invalid = Le message n'a pas d'identifiant valable.
sms-sign-in-code = Votre code pour entrer dans Portineria - { $code }. Ne le donnez à personne.

sms-budget-title = SMS envoyés aujourd’hui
sms-budget-cap = Plafond quotidien par cité, en parties de SMS : { $cap }. Au-delà, seuls les avis urgents partent ; les autres messages attendent minuit.
sms-budget-no-cap = Pas de plafond quotidien (PORTINERIA_SMS_DAILY_CAP) : chaque partie de SMS envoyée est payante.
sms-budget-estate = Cité
sms-budget-parts = Parties envoyées aujourd’hui
sms-budget-waiting = En attente
sms-budget-at-cap = (plafond atteint)
sms-budget-no-estate = Réponses et codes de connexion
sms-verify-code = Votre code pour confirmer votre numéro dans Portineria - { $code }. Ne le donnez à personne.
sms-news = { $title } - { $body } - { $link }
