{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li><a href="/staf/permohonan/{{number}}">{{number}}</a></li><li>Sertifikat elektronik</li></ul></nav>
{{panel:none}}
